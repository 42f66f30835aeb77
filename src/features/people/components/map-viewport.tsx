import { useEffect, useRef, useState, type ReactNode } from 'react';

import { useMapZoom } from '../hooks/use-map-zoom';
import { MAP_GEOMETRY } from '@/domain';

import { MapZoomTools } from './map-zoom-tools';

const MAP_SIZE = { width: MAP_GEOMETRY.width, height: MAP_GEOMETRY.height };

/** Escape leaves full screen, as it closes a dialog; the page behind does not scroll meanwhile. */
function useFullScreen(): [full: boolean, toggle: () => void] {
  const [full, setFull] = useState(false);
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
  return [
    full,
    () => {
      setFull((f) => !f);
    },
  ];
}

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
  const frameRef = useRef<HTMLDivElement>(null);
  const [full, toggleFull] = useFullScreen();
  const zoom = useMapZoom(frameRef, MAP_SIZE, full);

  const scale = zoom.scale;

  return (
    <div className={['net-map-viewer', full ? 'net-map-full' : ''].join(' ')}>
      <MapZoomTools zoom={zoom} full={full} onToggleFull={toggleFull} />
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
