# generated case (gen_cases2): aiofiles.open with os.path.basename of the value -> no path traversal
import os

import aiofiles
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/files/{name}")
async def read_file(request):
    name = os.path.basename(request.match_info["name"])
    async with aiofiles.open("/srv/files/" + name) as fh:
        data = await fh.read()
    return web.json_response({"size": len(data)})


app = web.Application()
app.add_routes(routes)
