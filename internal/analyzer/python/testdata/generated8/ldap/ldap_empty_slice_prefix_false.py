# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=django shape=empty_slice_prefix expected=false
import ldap3
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


def case_empty_slice_prefix(request):
    param = request.POST.get("q", "")
    uid = param[0:0] + "guest"
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, "(uid=" + uid + ")")
    return JsonResponse({"result": str(len(conn.entries))})


urlpatterns = [
    path("ldap_empty_slice_prefix/", case_empty_slice_prefix),
]
