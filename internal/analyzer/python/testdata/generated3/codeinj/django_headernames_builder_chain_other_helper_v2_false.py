# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=headernames propagation=builder_chain_other (helper class) sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


def benchmark_test_00159(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00159/", benchmark_test_00159),
]
