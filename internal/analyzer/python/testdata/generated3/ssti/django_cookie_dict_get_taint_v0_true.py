# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=cookie propagation=dict_get_taint sink=v0 expected=true
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00250(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00250/", benchmark_test_00250),
]
