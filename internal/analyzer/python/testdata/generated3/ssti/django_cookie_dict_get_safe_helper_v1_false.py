# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=cookie propagation=dict_get_safe (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00283(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00283/", benchmark_test_00283),
]
