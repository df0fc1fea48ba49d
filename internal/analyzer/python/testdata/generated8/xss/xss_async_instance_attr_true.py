# generated case (gen8): category=xss rule=PY-XSS fw=fastapi shape=async_instance_attr expected=true
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class Banner:
    def __init__(self, text):
        self.text = text

    def render(self):
        return "<div class='banner'>" + self.text + "</div>"


@app.api_route("/xss_async_instance_attr", methods=["GET", "POST"])
async def case_async_instance_attr(request: Request, x_q: str = Header("")):
    param = x_q
    banner = Banner(param)
    return HTMLResponse(banner.render())  # want: PY-XSS
