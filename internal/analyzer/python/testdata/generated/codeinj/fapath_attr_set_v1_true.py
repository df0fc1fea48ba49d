# generated case: rule=PY-CODE-INJECTION source=fapath propagation=attr_set sink=v1 expected=true
from fastapi import FastAPI

app = FastAPI()


class Box:
    pass


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.value
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": result}
