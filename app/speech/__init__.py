"""Read aloud: /listen audio, the synthesis worker process and the disk cache.

engine.py (stdlib only) makes and caches MP3 clips; worker.py runs in its own process.
"""
