# generated case: rule=PY-XSS source=fapath propagation=partition sink=v1 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/{p}")
def handle_xss(p: str):
    param = p
    bar = param.partition("#")[0]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
