# generated case: rule=PY-XSS source=faquery propagation=reversed_join sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    bar = "".join(reversed(param))
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
