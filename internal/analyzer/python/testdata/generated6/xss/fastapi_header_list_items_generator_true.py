# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=header shape=list_items_generator sink=specific expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/00500")
def benchmark_test_00500(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    return HTMLResponse("<ul>" + "".join(f"<li>{t}</li>" for t in bar.split(",")) + "</ul>")  # want: PY-XSS
