def parse_record(line):
    name, age = line.split(",")
    return name.strip(), int(age)

def load(lines):
    out = []
    for line in lines:
        out.append(parse_record(line))
    return out

def main():
    people = load(["ann, 31", "bob, 27"])
    print(people)
    more = load(["cy, 40", "dee, forty"])
    print(more)

main()
