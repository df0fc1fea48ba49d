# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=headerparam propagation=replace_script_tag (helper class) sink=v1 expected=true
from fastapi import FastAPI, Header, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param.replace("<script>", "").replace("</script>", "")
        return bar


@app.get("/00239")
def benchmark_test_00239(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
