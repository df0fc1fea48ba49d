# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=headernames propagation=list_del_safe sink=v0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00280(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00280/", benchmark_test_00280),
]
