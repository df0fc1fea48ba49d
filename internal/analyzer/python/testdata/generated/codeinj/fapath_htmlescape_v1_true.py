# generated case: rule=PY-CODE-INJECTION source=fapath propagation=htmlescape sink=v1 expected=true
import html

from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    bar = html.escape(param)
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": result}
