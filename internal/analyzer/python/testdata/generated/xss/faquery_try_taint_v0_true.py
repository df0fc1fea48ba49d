# generated case: rule=PY-XSS source=faquery propagation=try_taint sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    try:
        bar = param.strip()
    except AttributeError:
        bar = "safe"
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
