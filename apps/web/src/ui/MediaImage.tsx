import { useState } from "react";

/** An image from the server: natural size, tiny ones (icons) scaled up crisply, with its dimensions. */
export function MediaImage({ src, alt }: { src: string; alt: string }) {
  const [size, setSize] = useState<{ w: number; h: number }>();
  const small = size !== undefined && size.w < 64 && size.h < 64;
  return (
    <figure style={{ margin: 0, display: "flex", flexDirection: "column", gap: 2, alignSelf: "flex-start" }}>
      <img
        src={src}
        alt={alt}
        className="media-preview"
        data-small={small || undefined}
        style={small ? { width: size.w * 4, height: size.h * 4 } : undefined}
        onLoad={(e) => setSize({ w: e.currentTarget.naturalWidth, h: e.currentTarget.naturalHeight })}
      />
      {size && (
        <figcaption style={{ fontSize: 11, color: "var(--mantine-color-dimmed)" }}>
          {size.w}×{size.h}
          {small ? " (shown ×4)" : ""}
        </figcaption>
      )}
    </figure>
  );
}
