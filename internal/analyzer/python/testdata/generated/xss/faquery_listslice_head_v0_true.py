# generated case: rule=PY-XSS source=faquery propagation=listslice_head sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[:1][0]
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
