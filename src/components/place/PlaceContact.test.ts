// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { componentGlobals } from '@/views/app-harness'
import PlaceContact from './PlaceContact.vue'

describe('PlaceContact', () => {
  it('links the phone, e-mail and website to the apps that open them', async () => {
    const wrapper = mount(PlaceContact, {
      props: { contact: { phone: '+84 225 3842 580', email: 'info@example.vn', website: 'https://www.example.vn' } },
      global: await componentGlobals(),
    })
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual([
      'tel:+842253842580',
      'mailto:info@example.vn',
      'https://www.example.vn/',
    ])
    expect(wrapper.text()).toContain('example.vn')
  })

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '\u0000javascript:', 'data:text/html,x', '//evil.example'])(
    'shows a website %j as text, not as a link',
    async (website) => {
      const wrapper = mount(PlaceContact, { props: { contact: { website } }, global: await componentGlobals() })
      expect(wrapper.find('a').exists()).toBe(false)
      expect(wrapper.html()).not.toContain('href')
      expect(wrapper.find('li').exists()).toBe(true)
    },
  )

  it('makes only tel: and mailto: links of a phone and e-mail, whatever they hold', async () => {
    // Values the content check refuses; the component must not rely on it having run.
    const wrapper = mount(PlaceContact, {
      props: { contact: { phone: 'javascript:alert(1)', email: 'javascript:alert(1)' } },
      global: await componentGlobals(),
    })
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual([
      'tel:javascript:alert(1)',
      'mailto:javascript:alert(1)',
    ])
  })
})
