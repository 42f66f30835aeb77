import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type RefObject,
} from 'react';

import { clampScale, fitScale, scrollForZoom, startScale, ZOOM_STEP } from '../lib/map-zoom';

interface Size {
  width: number;
  height: number;
}

export interface MapZoom {
  /** Screen pixels per map unit; undefined until the frame has been measured. */
  scale: number | undefined;
  zoomIn: () => void;
  zoomOut: () => void;
  /** The whole map in the frame. */
  fit: () => void;
  /** Pan with one finger or the mouse on the map's background, pinch with two. */
  handlers: {
    onPointerDown: (ev: PointerEvent<HTMLDivElement>) => void;
    onPointerMove: (ev: PointerEvent<HTMLDivElement>) => void;
    onPointerUp: (ev: PointerEvent<HTMLDivElement>) => void;
    onPointerCancel: (ev: PointerEvent<HTMLDivElement>) => void;
  };
}

/** A pointer on a person drags that person (useMapDrag); only the background pans. */
function onPerson(ev: PointerEvent): boolean {
  return ev.target instanceof Element && ev.target.closest('.net-node-movable') !== null;
}

type ZoomTo = (wanted: number, at?: { x: number; y: number }) => void;
type ScaleRef = RefObject<number | undefined>;

/**
 * The scale and the scroll that goes with it: set at the start (and at each restart), and changed
 * by `zoomTo`, which keeps the point under the fingers (or the frame's middle) where it is.
 */
function useZoomScale(
  frameRef: RefObject<HTMLDivElement | null>,
  map: Size,
  restartKey: unknown,
): { scale: number | undefined; scaleRef: ScaleRef; zoomTo: ZoomTo } {
  const [scale, setScale] = useState<number | undefined>(undefined);
  const scaleRef = useRef<number | undefined>(undefined);
  // Where to scroll once the new scale is drawn.
  const pendingScroll = useRef<{ left: number; top: number } | null>(null);

  // Start (and start over): readable (names 12 px) on a phone and a tablet, centred on the child.
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    // The frame's height follows the map; measure its room against the window instead.
    const room = {
      width: frame.clientWidth,
      height: Math.max(frame.clientHeight, window.innerHeight * 0.75),
    };
    const next = startScale(room, map);
    pendingScroll.current = {
      left: (map.width * next - frame.clientWidth) / 2,
      top: (map.height * next - frame.clientHeight) / 2,
    };
    scaleRef.current = next;
    setScale(next);
  }, [frameRef, map, restartKey]);

  useLayoutEffect(() => {
    const frame = frameRef.current;
    const to = pendingScroll.current;
    if (!frame || !to || scale === undefined) return;
    pendingScroll.current = null;
    frame.scrollLeft = Math.max(0, to.left);
    frame.scrollTop = Math.max(0, to.top);
  }, [frameRef, scale]);

  const zoomTo = useCallback<ZoomTo>(
    (wanted, at) => {
      const frame = frameRef.current;
      const from = scaleRef.current;
      if (!frame || from === undefined) return;
      const to = clampScale(wanted);
      if (to === from) return;
      const point = at ?? { x: frame.clientWidth / 2, y: frame.clientHeight / 2 };
      // Several pinch moves can arrive before a render: build on the scroll still to be applied.
      pendingScroll.current = scrollForZoom(
        pendingScroll.current ?? { left: frame.scrollLeft, top: frame.scrollTop },
        point,
        from,
        to,
      );
      scaleRef.current = to;
      setScale(to);
    },
    [frameRef],
  );

  return { scale, scaleRef, zoomTo };
}

/** Ctrl+wheel is a trackpad's pinch: zoom the map, not the page (needs a non-passive listener). */
function useWheelZoom(
  frameRef: RefObject<HTMLDivElement | null>,
  scaleRef: ScaleRef,
  zoomTo: ZoomTo,
): void {
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const onWheel = (ev: WheelEvent) => {
      if (!ev.ctrlKey || scaleRef.current === undefined) return;
      ev.preventDefault();
      const rect = frame.getBoundingClientRect();
      zoomTo(scaleRef.current * Math.exp(-ev.deltaY / 300), {
        x: ev.clientX - rect.left,
        y: ev.clientY - rect.top,
      });
    };
    frame.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      frame.removeEventListener('wheel', onWheel);
    };
  }, [frameRef, scaleRef, zoomTo]);
}

/** One pointer on the background pans (scrolls the frame); two pinch about their middle. */
function usePanPinch(
  frameRef: RefObject<HTMLDivElement | null>,
  scaleRef: ScaleRef,
  zoomTo: ZoomTo,
): MapZoom['handlers'] {
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ dist: number; scale: number } | null>(null);

  const spread = () => {
    const [a, b] = [...pointers.current.values()];
    if (!a || !b) return undefined;
    return {
      dist: Math.hypot(a.x - b.x, a.y - b.y),
      mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    };
  };

  const release = (ev: PointerEvent<HTMLDivElement>) => {
    pointers.current.delete(ev.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
  };

  return {
    onPointerDown: (ev) => {
      if (onPerson(ev) || (ev.pointerType === 'mouse' && ev.button !== 0)) return;
      pointers.current.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      ev.currentTarget.setPointerCapture(ev.pointerId);
      const s = spread();
      if (s && scaleRef.current !== undefined)
        pinch.current = { dist: s.dist, scale: scaleRef.current };
    },
    onPointerMove: (ev) => {
      const last = pointers.current.get(ev.pointerId);
      const frame = frameRef.current;
      if (!last || !frame) return;
      pointers.current.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      const s = spread();
      if (s && pinch.current && pinch.current.dist > 0) {
        const rect = frame.getBoundingClientRect();
        zoomTo((pinch.current.scale * s.dist) / pinch.current.dist, {
          x: s.mid.x - rect.left,
          y: s.mid.y - rect.top,
        });
      } else if (pointers.current.size === 1) {
        frame.scrollLeft -= ev.clientX - last.x;
        frame.scrollTop -= ev.clientY - last.y;
      }
    },
    onPointerUp: release,
    onPointerCancel: release,
  };
}

/**
 * Zoom and pan of the network map inside its scrolling frame. Panning is the frame's own scroll
 * (so keyboard focus and scroll bars keep working); pinch and ctrl+wheel zoom about the point
 * between the fingers. `restartKey` measures again and starts over (e.g. entering full screen).
 */
export function useMapZoom(
  frameRef: RefObject<HTMLDivElement | null>,
  map: Size,
  restartKey: unknown,
): MapZoom {
  const { scale, scaleRef, zoomTo } = useZoomScale(frameRef, map, restartKey);
  useWheelZoom(frameRef, scaleRef, zoomTo);
  const handlers = usePanPinch(frameRef, scaleRef, zoomTo);
  return {
    scale,
    zoomIn: () => {
      zoomTo((scaleRef.current ?? 1) * ZOOM_STEP);
    },
    zoomOut: () => {
      zoomTo((scaleRef.current ?? 1) / ZOOM_STEP);
    },
    fit: () => {
      const frame = frameRef.current;
      if (frame) zoomTo(fitScale({ width: frame.clientWidth, height: frame.clientHeight }, map));
    },
    handlers,
  };
}
