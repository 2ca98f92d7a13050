# single and multiple inheritance, method resolution, super() without arguments
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog/" + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def kind(self):
        return "puppy/" + super().kind()
p = Puppy("rex", 1)
print(p.speak(), p.kind(), p.age)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
class Flyer:
    def fly(self): return "flies"
    def move(self): return "fly"
class Swimmer:
    def swim(self): return "swims"
    def move(self): return "swim"
class Duck(Flyer, Swimmer):
    pass
class Duck2(Swimmer, Flyer):
    def move(self):
        return "duck2:" + super().move()
d = Duck()
print(d.fly(), d.swim(), d.move(), Duck2().move())
print(isinstance(d, Swimmer), issubclass(Duck, (int, Flyer)))
class Base:
    def template(self):
        return "<" + self.hook() + ">"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class A:
    def __init__(self):
        self.log = ["A"]
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
print(C().log)
class WithClassAttr(A):
    x = [1]
class Sub(WithClassAttr):
    pass
print(Sub.x is WithClassAttr.x, Sub().log)
