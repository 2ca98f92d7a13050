# A task scheduler simulation in the style of the classic "richards" benchmark:
# an idle task, a worker, two handlers and two devices exchange packets through
# priority-ordered task control blocks. Object attributes, method calls,
# linked lists, and polymorphic dispatch on task kind.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        """Put this packet at the end of `queue` and return the queue head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = waiting
        self.holding = False
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    def blocked(self):
        return self.holding or (not self.pending and self.waiting)

    def run(self):
        pkt = None
        if self.pending and self.waiting and not self.holding:
            pkt = self.queue
            self.queue = pkt.link
            self.pending = self.queue is not None
            self.waiting = False
        return self.step(pkt)

    # operations a task body uses; each returns the task to run next
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.holds += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.sched.table[ident]
        t.holding = False
        if t.priority > self.priority:
            return t
        return self

    def send(self, pkt):
        t = self.sched.table[pkt.ident]
        self.sched.sends += 1
        pkt.link = None
        pkt.ident = self.ident
        if t.queue is None:
            t.queue = pkt
            t.pending = True
            if t.priority > self.priority:
                return t
        else:
            t.queue = pkt.append_to(t.queue)
        return self


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.dest = HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        data = pkt.data
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = 64 + self.count
        return self.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        w = self.work
        if w is not None:
            n = w.datum
            if n < 4:
                d = self.devices
                if d is not None:
                    self.devices = d.link
                    d.datum = w.data[n]
                    w.datum = n + 1
                    return self.send(d)
            else:
                self.work = w.link
                return self.send(w)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, True)
        self.held = None

    def step(self, pkt):
        if pkt is None:
            p = self.held
            if p is None:
                return self.wait()
            self.held = None
            return self.send(p)
        self.held = pkt
        self.sched.checksum = (self.sched.checksum * 7 + pkt.datum) & 0xFFFF
        return self.hold()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 6
        self.holds = 0
        self.sends = 0
        self.checksum = 0

    def setup(self, count):
        IdleTask(self, count)
        wq = Packet(None, WORKER, KIND_WORK)
        wq = Packet(wq, WORKER, KIND_WORK)
        WorkerTask(self, wq)
        for ident, dev, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
            q = Packet(None, dev, KIND_DEVICE)
            q = Packet(q, dev, KIND_DEVICE)
            q = Packet(q, dev, KIND_DEVICE)
            HandlerTask(self, ident, prio, q)
        DeviceTask(self, DEVICE_A, 4000)
        DeviceTask(self, DEVICE_B, 5000)

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.blocked():
                t = t.link
            else:
                t = t.run()


def main():
    total_holds = 0
    total_sends = 0
    check = 0
    for rnd in range(12):
        s = Scheduler()
        s.setup(10_000)
        s.schedule()
        total_holds += s.holds
        total_sends += s.sends
        check += s.checksum
    return total_holds, total_sends, check


print("richards", *main())
