# helper module that fails while being imported
x = 1 // 0
