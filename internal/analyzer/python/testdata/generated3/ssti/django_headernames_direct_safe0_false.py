# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=headernames propagation=direct sink=safe0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00275(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    tmpl = Template("<p>Hello {{ name }}</p>")
    result = tmpl.render(Context({"name": bar}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00275/", benchmark_test_00275),
]
