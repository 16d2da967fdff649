"""Code for a test's child interpreter: is glibc's mmap threshold still where it was set?
How many arenas do threads make?

After a 4 MiB buffer is freed glibc raises its threshold to 4 MiB, so a 1 MiB buffer then
comes from the heap (and stays resident once freed); with the threshold fixed
(:func:`desktop_blog.allocator.return_large_buffers`) it is an mmap of its own, which
``mallinfo2``'s ``hblks`` counts.
"""

LARGE_BUFFER_MAPPED = """
def large_buffer_mapped():
    import ctypes
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    names = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"
    class Info(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in names.split()]
    libc.mallinfo2.restype = Info
    libc.free(libc.malloc(4 << 20))
    before = libc.mallinfo2().hblks
    buffer = libc.malloc(1 << 20)
    mapped = libc.mallinfo2().hblks - before
    libc.free(buffer)
    return mapped == 1
"""


ARENAS_AFTER_THREADS = """
def arenas_after_threads(count=4):
    import ctypes, os, tempfile, threading
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    libc.fclose.argtypes = [ctypes.c_void_p]
    libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    together = threading.Barrier(count)
    def work():
        together.wait()  # all alive at once: none can take over an arena another left
        for _ in range(100):
            libc.free(libc.malloc(1000))
    threads = [threading.Thread(target=work) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "info.xml")
        stream = libc.fopen(path.encode(), b"w")
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        with open(path, encoding="ascii") as info:
            return info.read().count("<heap nr=")
"""
