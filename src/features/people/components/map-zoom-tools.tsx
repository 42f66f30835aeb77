import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';

import type { MapZoom } from '../hooks/use-map-zoom';

export interface MapZoomToolsProps {
  zoom: MapZoom;
  full: boolean;
  onToggleFull: () => void;
}

/** The map's toolbar: − and +, the zoom level, "whole map" and full screen. */
export function MapZoomTools({ zoom, full, onToggleFull }: MapZoomToolsProps) {
  const { t } = useTranslation();
  const toolbarId = useId();
  const percent =
    zoom.scale === undefined
      ? ''
      : t('bookCover.map.zoomLevel', { percent: Math.round(zoom.scale * 100) });
  return (
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
      <Button variant="quiet" aria-pressed={full} onClick={onToggleFull}>
        {t('bookCover.map.full')}
      </Button>
    </div>
  );
}
