print("site benchmark: not yet")
