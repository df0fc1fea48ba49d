# generated case: rule=PY-CODE-INJECTION source=faquery propagation=nesteddict_other sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    result = str(eval(bar))
    return {"result": result}
