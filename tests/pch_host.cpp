// The host of a precompiled header set shared by the test programs (see cmake/Pch.cmake).
int main()
{
    return 0;
}
