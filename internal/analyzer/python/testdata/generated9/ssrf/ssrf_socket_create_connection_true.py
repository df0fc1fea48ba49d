# generated case (gen9): category=ssrf rule=PY-SSRF fw=django shape=socket_create_connection expected=true
import socket
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_socket_create_connection(request):
    param = request.GET.get("q", "")
    sock = socket.create_connection((param, 80), timeout=3)  # want: PY-SSRF
    sock.close()
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("ssrf_socket_create_connection/", case_socket_create_connection),
]
