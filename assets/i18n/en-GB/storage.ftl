## storage
