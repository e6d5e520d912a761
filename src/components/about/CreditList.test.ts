// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { componentGlobals } from '@/views/app-harness'
import CreditList from './CreditList.vue'

const credit = { name: '© OpenStreetMap contributors', licence: 'ODbL 1.0', usage: 'place coordinates' }

describe('CreditList', () => {
  it('links a credit to its web page', async () => {
    const wrapper = mount(CreditList, {
      props: { credits: [{ ...credit, url: 'https://www.openstreetmap.org/copyright' }] },
      global: await componentGlobals(),
    })
    expect(wrapper.get('a').attributes('href')).toBe('https://www.openstreetmap.org/copyright')
    expect(wrapper.get('a').text()).toBe('© OpenStreetMap contributors')
  })

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'vbscript:msgbox(1)', '/copyright'])(
    'shows the name of a credit whose url is %j as text, not as a link',
    async (url) => {
      const wrapper = mount(CreditList, { props: { credits: [{ ...credit, url }] }, global: await componentGlobals() })
      expect(wrapper.find('a').exists()).toBe(false)
      expect(wrapper.html()).not.toContain('href')
      expect(wrapper.get('.credits__name').text()).toBe('© OpenStreetMap contributors')
    },
  )
})
