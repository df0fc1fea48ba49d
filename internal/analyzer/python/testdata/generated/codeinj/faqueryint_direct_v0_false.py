# generated case: rule=PY-CODE-INJECTION source=faqueryint propagation=direct sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj")
def handle_codeinj(p: int = 0):
    param = str(p)
    bar = param
    result = str(eval(bar))
    return {"result": result}
