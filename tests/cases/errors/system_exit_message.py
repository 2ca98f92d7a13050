# expect-exit: 1
# SystemExit with a non-int argument exits with status 1 (message goes to stderr)
print("about to exit")
raise SystemExit("fatal message")
