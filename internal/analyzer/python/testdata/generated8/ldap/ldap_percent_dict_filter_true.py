# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=django shape=percent_dict_filter expected=true
import ldap3
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


def case_percent_dict_filter(request):
    param = request.COOKIES.get("q", "")
    flt = "(&(objectClass=person)(cn=%(cn)s))" % {"cn": param}
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, flt)  # want: PY-LDAP-INJECTION
    return JsonResponse({"result": str(len(conn.entries))})


urlpatterns = [
    path("ldap_percent_dict_filter/", case_percent_dict_filter),
]
