# generated case (gen_cases2): rule=PY-CMDI context=aiomatch propagation=property_field sink=v0 expected=true
import os

from aiohttp import web

routes = web.RouteTableDef()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


@routes.get("/cmdi/{p}")
async def handle_cmdi(request):
    param = request.match_info["p"]
    bar = Wrapper(param).raw
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return web.json_response({"result": result})


app = web.Application()
app.add_routes(routes)
