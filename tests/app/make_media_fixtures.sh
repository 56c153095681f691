#!/usr/bin/env bash
# Test inputs for the `tessera generate` CLI tests: good and bad images, clips, masks and bundles.
# Usage: make_media_fixtures.sh OUTDIR BUNDLE
set -euo pipefail
out="$1"; bundle="$2"
mkdir -p "$out"
cd "$out"
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }
ff -f lavfi -i "testsrc=size=64x48:rate=16" -frames:v 9 -pix_fmt yuv420p clip.mp4
ff -f lavfi -i "testsrc=size=64x48:rate=16" -frames:v 2 -pix_fmt yuv420p short.mp4
ff -f lavfi -i "testsrc=size=64x48:rate=16" -frames:v 1 image.png
ff -f lavfi -i "color=c=black:size=32x24" -vf "drawbox=x=8:y=6:w=12:h=10:color=white:t=fill" -frames:v 1 mask_small.png
# A truncated clip: the first third of a longer file.
ff -f lavfi -i "testsrc=size=64x48:rate=16" -frames:v 48 -pix_fmt yuv420p -movflags +faststart long.mp4
head -c "$(( $(stat -c %s long.mp4) / 3 ))" long.mp4 > truncated.mp4
# Rotated clips: a red top-left quadrant on blue, stored with a display rotation of 90, 180 and 270
# degrees counterclockwise (ffprobe's "rotation"). FFmpeg 5 writes a `rotate` tag as that matrix;
# newer FFmpeg spells it -display_rotation.
ff -f lavfi -i "color=c=blue:size=64x48:rate=16" -vf "drawbox=x=0:y=0:w=32:h=24:color=red:t=fill" -frames:v 9 \
  -pix_fmt yuv420p quadrant.mp4
for r in 90 180 270; do
  ff -display_rotation "$r" -i quadrant.mp4 -c copy "rotated$r.mp4" 2>/dev/null ||
    ff -i quadrant.mp4 -c copy -metadata:s:v:0 rotate="$r" "rotated$r.mp4"
done
# A clip longer than any decode limit: 2400 frames (150 s at 16 fps), in MP4 (its header counts the
# frames) and in Matroska (which does not); and a truncated Matroska file.
ff -f lavfi -i "testsrc=size=32x24:rate=16" -frames:v 2400 -pix_fmt yuv420p long2400.mp4
ff -i long2400.mp4 -c copy long2400.mkv
head -c "$(( $(stat -c %s long2400.mkv) / 3 ))" long2400.mkv > truncated.mkv
# A corrupt image: a PNG signature followed by garbage.
printf '\x89PNG\r\n\x1a\n' > corrupt.png; head -c 400 /dev/urandom >> corrupt.png
# A folder that is not a model, and a bundle whose VAE is a pickle.
mkdir -p not_a_model
rm -rf pickle_bundle; cp -r "$bundle" pickle_bundle
printf '\x80\x02cos\nsystem\n' > pickle_bundle/vae.pth
sed -i 's/"vae.safetensors"/"vae.pth"/' pickle_bundle/model.json
echo "fixtures in $out"
