// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { componentGlobals } from '@/views/app-harness'
import EntityImage from './EntityImage.vue'

const image = {
  file: 'cover.jpg',
  url: '/assets/cover-abc.jpg',
  credit: 'Nguyễn A',
  licence: 'CC BY 4.0',
  illustration: false,
}

describe('EntityImage', () => {
  it('reserves its space and loads lazily by default', async () => {
    const wrapper = mount(EntityImage, { props: { image, alt: 'Nhà hát Lớn' }, global: await componentGlobals() })
    expect(wrapper.get('img').attributes()).toMatchObject({
      alt: 'Nhà hát Lớn',
      width: '640',
      height: '400',
      loading: 'lazy',
    })
    expect(wrapper.find('figcaption').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('minh hoạ')
  })

  it('labels illustrations and credits the source on detail pages', async () => {
    const wrapper = mount(EntityImage, {
      props: {
        image: { ...image, illustration: true, source: 'https://example.org/photo' },
        eager: true,
        credit: true,
        altLang: 'en',
      },
      global: await componentGlobals(),
    })
    expect(wrapper.get('img').attributes()).toMatchObject({ loading: 'eager', alt: '', lang: 'en' })
    expect(wrapper.text()).toContain('Tranh minh hoạ')
    expect(wrapper.get('figcaption a').attributes('href')).toBe('https://example.org/photo')
    expect(wrapper.get('figcaption').text()).toContain('CC BY 4.0')
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\x01javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example',
  ])('shows the credit of an image whose source is %j as text, not as a link', async (source) => {
    const wrapper = mount(EntityImage, {
      props: { image: { ...image, source }, credit: true },
      global: await componentGlobals(),
    })
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.html()).not.toContain('href')
    expect(wrapper.get('figcaption').text()).toBe('Nguyễn A · CC BY 4.0')
  })
})
