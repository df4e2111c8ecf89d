# Ends with an uncaught AttributeError raised from deep inside method calls.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def last(self):
        node = self
        while node.next is not None:
            node = node.next
        return node

    def third_value(self):
        return self.next.next.value


chain = Node(1, Node(2, Node(3)))
print(chain.last().value)
print(chain.third_value())
short = Node(1, Node(2))
print("about to fail")
print(short.third_value())
print("unreachable")
