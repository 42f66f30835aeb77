import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';

import { useMapZoom } from '../hooks/use-map-zoom';
import { MAP_GEOMETRY } from '@/domain';

const MAP_SIZE = { width: MAP_GEOMETRY.width, height: MAP_GEOMETRY.height };

/**
 * The network map in a frame that pans and zooms: + and − buttons, "whole map", pinch with two
 * fingers, ctrl+wheel, and a full-screen mode for a phone. `children` draws the map for a scale
 * (screen pixels per map unit), so people can keep a 44 px target whatever the zoom.
 */
export function MapViewport({
  label,
  children,
}: {
  label: string;
  children: (scale: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const frameRef = useRef<HTMLDivElement>(null);
  const [full, setFull] = useState(false);
  const zoom = useMapZoom(frameRef, MAP_SIZE, full);
  const toolbarId = useId();

  // Escape leaves full screen, as it closes a dialog; the page behind does not scroll meanwhile.
  useEffect(() => {
    if (!full) return;
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') setFull(false);
    };
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.style.overflow = overflow;
      window.removeEventListener('keydown', onKey);
    };
  }, [full]);

  const scale = zoom.scale;
  const percent =
    scale === undefined ? '' : t('bookCover.map.zoomLevel', { percent: Math.round(scale * 100) });

  return (
    <div className={['net-map-viewer', full ? 'net-map-full' : ''].join(' ')}>
      <div
        className="net-map-tools"
        role="toolbar"
        aria-label={t('bookCover.map.tools')}
        id={toolbarId}
      >
        <Button
          variant="secondary"
          className="net-zoom-out"
          aria-label={t('bookCover.map.zoomOut')}
          onClick={zoom.zoomOut}
        >
          <span aria-hidden="true">−</span>
        </Button>
        <output className="net-zoom-level" aria-live="polite">
          {percent}
        </output>
        <Button
          variant="secondary"
          className="net-zoom-in"
          aria-label={t('bookCover.map.zoomIn')}
          onClick={zoom.zoomIn}
        >
          <span aria-hidden="true">+</span>
        </Button>
        <Button variant="quiet" onClick={zoom.fit}>
          {t('bookCover.map.whole')}
        </Button>
        <Button
          variant="quiet"
          aria-pressed={full}
          onClick={() => {
            setFull((f) => !f);
          }}
        >
          {t('bookCover.map.full')}
        </Button>
      </div>
      <div
        ref={frameRef}
        className="net-map-frame"
        role="region"
        aria-label={label}
        // A region that scrolls must be reachable by keyboard even with nobody on the map yet.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        data-scale={scale}
        {...zoom.handlers}
      >
        <div
          className="net-map-canvas"
          style={
            scale === undefined
              ? undefined
              : {
                  inlineSize: `${MAP_SIZE.width * scale}px`,
                  blockSize: `${MAP_SIZE.height * scale}px`,
                }
          }
        >
          {children(scale ?? 1)}
        </div>
      </div>
    </div>
  );
}
