# generated case: rule=PY-CODE-INJECTION source=faquery propagation=sha256 sink=v0 expected=false
import hashlib

from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    result = str(eval(bar))
    return {"result": result}
