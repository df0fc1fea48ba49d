# generated case: rule=PY-XSS source=fapath propagation=dict_keyB sink=v1 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/{p}")
def handle_xss(p: str):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyB"]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
