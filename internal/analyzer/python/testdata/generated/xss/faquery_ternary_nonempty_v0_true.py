# generated case: rule=PY-XSS source=faquery propagation=ternary_nonempty sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    bar = param if param else "safe"
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
