# %(name)s conversions from a mapping
data = {"name": "Ada", "age": 36, "score": 97.5, "tags": ["x", "y"], "": "empty key", "a(b)": "nested parens"}
print("%(name)s is %(age)d years old" % data)
print("%(name)-10s|%(age)05d|%(score)8.2f|%(tags)r" % data)
print("%(name)s %(name)r %(name)a" % {"name": "Jos\u00e9"})
print("%()s and %(a(b))s" % data)
print("%(age)x %(age)#o %(score)e %%" % data)
print("%s" % data == str(data))
print("no fields" % data, "%(missing)s" % {"missing": None})
for key in ["name", "age"]:
    print(("%(" + key + ")s") % data)
