print("pricing benchmark: not yet")
