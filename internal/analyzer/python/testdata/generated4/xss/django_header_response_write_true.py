# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=header shape=response_write sink=specific expected=true
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00432(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    resp = HttpResponse()
    resp.write("<p>Hello " + bar + "</p>")  # want: PY-XSS
    return resp


urlpatterns = [
    path("00432/", benchmark_test_00432),
]
