//! Error types: allocation failures and heap-creation failures.

/// Why an allocation failed. Never a panic: the VM turns this into a Python exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AllocError {
    /// No free block large enough even after a collection (or collection is disabled).
    /// The VM raises `MemoryError: memory allocation failed, allocating N bytes`.
    #[error("memory allocation failed, allocating {requested_bytes} bytes")]
    OutOfMemory {
        /// Body bytes asked for (the header word not counted).
        requested_bytes: usize,
    },
    /// The heap is locked (`micropython.heap_lock()`, interrupt handlers).
    #[error("memory allocation failed, heap is locked")]
    Locked,
    /// `Scan::Prefix(n)` with `n` above `MAX_PREFIX` and below the body size (a VM bug).
    #[error("object layout not encodable: value prefix too long")]
    BadLayout,
}

/// Why a heap could not be created.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HeapError {
    /// The requested size is below the minimum.
    #[error("heap size {bytes} bytes is below the minimum of {min} bytes")]
    TooSmall {
        /// Requested size.
        bytes: usize,
        /// Minimum size.
        min: usize,
    },
    /// The requested size is above what a 32-bit word offset can address.
    #[error("heap size {bytes} bytes is above the maximum of {max} bytes")]
    TooLarge {
        /// Requested size.
        bytes: usize,
        /// Maximum size.
        max: usize,
    },
    /// The host allocator could not provide the region (or the collector's side tables).
    #[error("could not reserve {bytes} bytes from the host for the heap")]
    HostAlloc {
        /// Bytes that could not be reserved.
        bytes: usize,
    },
}
