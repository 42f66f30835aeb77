import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { AppPage } from './app-page';

/**
 * Chromium's fake microphone (a beeping tone) with the permission prompt answered yes, and sound
 * that may play without a tap of its own: for `launchApp({ extraArgs })`.
 */
export const FAKE_MICROPHONE_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
] as const;

/** The shared voice recorder (components/voice-recorder.tsx), by its English labels. */
export class VoiceRecorderPage extends AppPage {
  recorder(): Locator {
    return this.page.locator('section.voice-recorder');
  }

  timer(): Locator {
    return this.recorder().getByRole('timer');
  }

  /** Records until the time shows `seconds`, then stops and waits for the recording to listen to. */
  async record(seconds: number, timeoutMs = 30_000): Promise<void> {
    await this.recorder().getByRole('button', { name: 'Record' }).click();
    await this.recorder().getByRole('button', { name: 'Stop' }).waitFor({ timeout: timeoutMs });
    await this.recorder()
      .getByRole('meter', { name: 'Sound level' })
      .waitFor({ timeout: timeoutMs });
    await this.timer()
      .filter({ hasText: `0:${String(seconds).padStart(2, '0')}` })
      .waitFor({ timeout: timeoutMs + seconds * 1000 });
    await this.recorder().getByRole('button', { name: 'Stop' }).click();
    await this.listen().waitFor({ timeout: timeoutMs });
  }

  listen(): Locator {
    return this.recorder().getByLabel('Listen to your recording');
  }

  /**
   * The audio element's length in seconds once its metadata is read, after playing it a little
   * (Infinity would mean the file says nothing of its length).
   */
  async playAndMeasure(audio: Locator, timeoutMs = 30_000): Promise<number> {
    await audio.waitFor({ timeout: timeoutMs });
    return withTimeout(
      audio.evaluate(async (el) => {
        const a = el as HTMLAudioElement;
        if (a.readyState < 1) {
          await new Promise((resolve, reject) => {
            a.addEventListener('loadedmetadata', resolve, { once: true });
            a.addEventListener(
              'error',
              () => {
                reject(new Error('audio error'));
              },
              { once: true },
            );
          });
        }
        await a.play();
        await new Promise<void>((resolve) => {
          const check = () => {
            if (a.currentTime > 0.2) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        a.pause();
        return a.duration;
      }),
      timeoutMs,
      'play the voice note',
    );
  }
}
