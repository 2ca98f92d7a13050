# A small float-heavy ray tracer: a vector class with operator methods, spheres
# and a ground plane, one point light with shadows, diffuse and specular
# shading, and mirror reflection to depth 3. Pixel intensities are summed into
# a checksum instead of writing an image.


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def mul(self, o):
        return V(self.x * o.x, self.y * o.y, self.z * o.z)

    def unit(self):
        return self.scale(1.0 / self.dot(self) ** 0.5)


class Sphere:
    def __init__(self, centre, radius, colour, mirror):
        self.centre = centre
        self.r2 = radius * radius
        self.colour = colour
        self.mirror = mirror

    def hit(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return -1.0

    def normal(self, p):
        return (p - self.centre).unit()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, height, mirror):
        self.height = height
        self.mirror = mirror
        self.up = V(0.0, 1.0, 0.0)

    def hit(self, origin, direction):
        if -1e-9 < direction.y < 1e-9:
            return -1.0
        t = (self.height - origin.y) / direction.y
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return self.up

    def colour_at(self, p):
        if (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2 == 0:
            return V(0.9, 0.9, 0.9)
        return V(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Plane(-1.0, 0.2),
            Sphere(V(0.0, 0.0, 5.0), 1.0, V(0.9, 0.2, 0.2), 0.3),
            Sphere(V(-2.1, -0.3, 6.0), 0.7, V(0.2, 0.9, 0.3), 0.1),
            Sphere(V(2.0, 0.2, 6.5), 1.2, V(0.3, 0.4, 0.95), 0.6),
            Sphere(V(0.6, -0.7, 3.4), 0.3, V(0.95, 0.9, 0.1), 0.0),
        ]
        self.light = V(-4.0, 6.0, 0.0)
        self.ambient = 0.1

    def nearest(self, origin, direction):
        best = 1e30
        found = None
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if 0.0 < t < best:
                best = t
                found = obj
        return found, best

    def shadowed(self, p, to_light, dist):
        for obj in self.objects:
            t = obj.hit(p, to_light)
            if 0.0 < t < dist:
                return True
        return False

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            k = 0.5 * (direction.y + 1.0)
            return V(0.6 + 0.2 * k, 0.7 + 0.2 * k, 1.0)
        p = origin + direction.scale(t)
        n = obj.normal(p)
        base = obj.colour_at(p)
        lv = self.light - p
        dist = lv.dot(lv) ** 0.5
        l = lv.scale(1.0 / dist)
        intensity = self.ambient
        spec = 0.0
        lambert = n.dot(l)
        if lambert > 0.0 and not self.shadowed(p, l, dist):
            intensity += lambert
            h = (l - direction).unit()
            s = n.dot(h)
            if s > 0.0:
                spec = s ** 32
        col = base.scale(intensity) + V(spec, spec, spec)
        if depth > 0 and obj.mirror > 0.0:
            r = direction - n.scale(2.0 * direction.dot(n))
            refl = self.trace(p, r, depth - 1)
            col = col.scale(1.0 - obj.mirror) + refl.scale(obj.mirror)
        return col


def render(width, height):
    scene = Scene()
    eye = V(0.0, 0.3, -1.0)
    total = 0
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * width / height
            d = V(x, y, 1.5).unit()
            c = scene.trace(eye, d, 3)
            r = int(min(c.x, 1.0) * 255.0)
            g = int(min(c.y, 1.0) * 255.0)
            b = int(min(c.z, 1.0) * 255.0)
            total += r * 3 + g * 5 + b * 7
    return total


print("raytrace", render(240, 180))
