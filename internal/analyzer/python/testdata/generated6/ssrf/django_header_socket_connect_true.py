# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=django source=header shape=socket_connect sink=specific expected=true
import socket

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00422(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    sock = socket.create_connection((bar, 443), timeout=5)  # want: PY-SSRF
    sock.close()
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00422/", benchmark_test_00422),
]
