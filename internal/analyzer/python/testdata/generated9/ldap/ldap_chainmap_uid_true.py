# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=django shape=chainmap_uid expected=true
import collections

import ldap3
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


def case_chainmap_uid(request):
    param = request.GET.get("q", "")
    cfg = collections.ChainMap({"uid": param}, {"uid": "guest"})
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, "(uid=%s)" % cfg["uid"])  # want: PY-LDAP-INJECTION
    return JsonResponse({"result": str(len(conn.entries))})


urlpatterns = [
    path("ldap_chainmap_uid/", case_chainmap_uid),
]
